// Swagger UI from the vendored swagger-ui-dist bundle; kept in a file because the
// Content-Security-Policy forbids inline scripts.
window.addEventListener("load", function () {
  "use strict";
  var node = document.getElementById("swagger-ui");
  if (!node || !window.SwaggerUIBundle) return;
  window.ui = window.SwaggerUIBundle({
    url: node.dataset.specUrl || "/openapi.json",
    domNode: node,
    deepLinking: true,
    validatorUrl: null,
    tryItOutEnabled: false,
  });
});
