// A node:test reporter that writes `{ passed, failed }` as JSON: the test script adds it to the browser totals.
export default async function* totals(source) {
  const counts = { passed: 0, failed: 0 };
  for await (const event of source) {
    // Suites report too; count only leaf tests (those without nested children, type 'test').
    if (event.type === 'test:pass' && event.data.details?.type !== 'suite' && !event.data.skip && !event.data.todo)
      counts.passed += 1;
    if (event.type === 'test:fail' && event.data.details?.type !== 'suite') counts.failed += 1;
  }
  yield JSON.stringify(counts);
}
