// The page's entry point: Vaadin's router and Flow, as Vaadin generates them, and then the first map.
// When the bootstrap page carries a story's pins (see FirstPinsListener), they are drawn while Flow
// asks the server for the view, so a reader sees and can choose them before the view arrives.
import { Router } from '@vaadin/router';
import { Flow } from 'Frontend/generated/jar-resources/Flow.js';

const { serverSideRoutes } = new Flow({
  imports: () => import('Frontend/generated/flow/generated-flow-imports.js')
});

// Every route is a server-side view.
const router = new Router(document.querySelector('#outlet'));
router.setRoutes([...serverSideRoutes]);

// After the router, so Flow's first request to the server is not kept waiting for this.
if (document.getElementById('sa-first-pins')) {
  void import('./first-map').then((firstMap) => firstMap.drawFirstMap());
}
