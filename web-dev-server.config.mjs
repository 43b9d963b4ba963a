// `npm start`: serves the demo portal and the freshly built dist/ on localhost.
export default {
  rootDir: '.',
  port: 8000,
  open: false,
  appIndex: undefined,
  watch: false,
  nodeResolve: false,
  middleware: [
    function demoRoot(context, next) {
      if (context.url === '/') context.redirect('/demo/');
      return next();
    },
  ],
};
