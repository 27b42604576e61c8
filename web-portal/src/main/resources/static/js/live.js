// The live pages' event streams (se.rjh.mtp.portal.live) and the browser's back/forward cache. Chromium keeps a page
// the user leaves in that cache with its event stream still open; six such pages hold all six connections a browser
// opens to one host, and the next page waits until one is evicted (PortalBrowserTest stalled on exactly that). So a
// page closes its streams when it is hidden, and a page brought back from the cache reads itself again: it may be out
// of date, and only pages fetched with GET are kept there, so reading again never sends a form twice.
window.addEventListener('pagehide', function () {
    if (window.htmx) {
        document.querySelectorAll('[sse-connect]').forEach(function (source) {
            // The sse extension closes an element's EventSource when htmx cleans the element up.
            window.htmx.trigger(source, 'htmx:beforeCleanupElement');
        });
    }
});
window.addEventListener('pageshow', function (event) {
    if (event.persisted && document.querySelector('[sse-connect]')) {
        window.location.reload();
    }
});
