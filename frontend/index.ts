// The page's entry point: the first map, then Vaadin's router and Flow as Vaadin generates them. When the
// bootstrap page carries a story's pins (see FirstPinsListener), they are drawn before the browser
// evaluates Vaadin's client, and Flow asks the server for the view right after: a reader sees and can
// choose the pins while the view is built.
async function start(): Promise<void> {
  if (document.getElementById('sa-first-pins')) {
    const firstMap = await import('./first-map');
    firstMap.drawFirstMap();
    // let the browser paint the pins before it evaluates Vaadin's client, a long task of its own
    await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));
  }
  const [{ Router }, { Flow }] = await Promise.all([
    import('@vaadin/router'),
    import('Frontend/generated/jar-resources/Flow.js')
  ]);
  const { serverSideRoutes } = new Flow({
    imports: () => import('Frontend/generated/flow/generated-flow-imports.js')
  });
  // Every route is a server-side view.
  const router = new Router(document.querySelector('#outlet'));
  router.setRoutes([...serverSideRoutes]);
}

void start();
