// `npm start`: serves the demo portal and the freshly built dist/ on localhost.
export default {
  rootDir: '.',
  port: 8000,
  open: false,
  appIndex: undefined,
  watch: false,
  nodeResolve: false,
  plugins: [
    {
      name: 'print-demo-url',
      serverStart({ config }) {
        console.log(`\n  Demo portal: http://localhost:${config.port}/demo/  (policy page: /demo/policy.html)\n`);
      },
    },
  ],
  middleware: [
    function demoRoot(context, next) {
      if (context.url === '/') context.redirect('/demo/');
      return next();
    },
  ],
};
