/// The small script the preview server adds to every HTML page it serves (never to
/// Output/): it listens for rebuilds and reloads, or shows build errors over the page.
enum LiveReloadScript {
    static let tag = Array("<script src=\"/__nonlin/reload.js\"></script>".utf8)

    static func inject(into html: [UInt8]) -> [UInt8] {
        let marker = Array("</body>".utf8)
        guard let index = lastIndex(of: marker, in: html) else { return html + tag }
        return Array(html[..<index]) + tag + Array(html[index...])
    }

    private static func lastIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var i = haystack.count - needle.count
        while i >= 0 {
            if Array(haystack[i..<(i + needle.count)]) == needle { return i }
            i -= 1
        }
        return nil
    }

    static let source = """
    (function () {
      var version = null, overlay = null;
      function hide() { if (overlay) { overlay.remove(); overlay = null; } }
      function show(text) {
        hide();
        overlay = document.createElement("div");
        overlay.setAttribute("role", "alert");
        overlay.style.cssText = "position:fixed;inset:1rem;z-index:99999;overflow:auto;background:#1b1f24;color:#f4f4f5;" +
          "font:13px/1.5 ui-monospace,monospace;padding:1.25rem;border-radius:10px;border:2px solid #ef4444;white-space:pre-wrap";
        var title = document.createElement("strong");
        title.textContent = "nonlin: the last edit does not build; showing the last good site.\\n\\n";
        overlay.appendChild(title);
        overlay.appendChild(document.createTextNode(text));
        document.body.appendChild(overlay);
      }
      var source = new EventSource("/__nonlin/events");
      source.addEventListener("version", function (e) {
        if (version !== null && e.data !== version) { location.reload(); return; }
        version = e.data; hide();
      });
      source.addEventListener("failure", function (e) { show(e.data); });
    })();
    """
}
