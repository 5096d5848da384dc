import Formula
import Foundation
import Plot

/// The files of `Templates/assets/` (plus the plot styles and the formula runtime) under
/// `assets/`, each name carrying a content hash: `style.css` becomes
/// `assets/style.1a2b3c4d5e.css`, so browsers may cache them forever.
struct SiteAssets: Sendable {
    /// Hashed path → bytes.
    private(set) var files: [(path: String, bytes: [UInt8])] = []
    /// Original name → hashed path.
    private(set) var paths: [String: String] = [:]

    init(directory: String) {
        var sources: [(String, [UInt8])] = []
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for name in names.sorted() where !name.hasPrefix(".") {
            guard let data = FileManager.default.contents(atPath: directory + "/" + name) else { continue }
            var bytes = [UInt8](data)
            if name == "style.css" { bytes += Array(("\n/* Plot styles (from the Plot module) */\n" + SVGPlot.stylesheet + "\n").utf8) }
            sources.append((name, bytes))
        }
        // The formula language's JavaScript helpers, for the explorer and the compare page.
        sources.append(("formula-runtime.js", Array(FormulaLanguage.javaScriptRuntime.utf8)))
        for (name, bytes) in sources {
            let hash = String(ContentHash.hex(bytes).prefix(10))
            let dot = name.lastIndex(of: ".") ?? name.endIndex
            let hashed = "assets/" + name[..<dot] + "." + hash + name[dot...]
            files.append((hashed, bytes))
            paths[name] = hashed
        }
    }
}
