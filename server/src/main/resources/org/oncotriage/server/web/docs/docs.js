// Starts Swagger UI (served from this service's /docs/ui/, from the org.webjars:swagger-ui
// artifact) over this service's OpenAPI document. No other origin is contacted.
window.ui = SwaggerUIBundle({
  url: '/openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  validatorUrl: null,
});
