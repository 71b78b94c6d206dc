// Leaflet's style sheet as plain text, provided by the build (vite.config.ts).
declare module 'leaflet-css-text' {
  const text: string;
  export default text;
}
