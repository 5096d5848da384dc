// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets for Nonlin, built apart from the main package so that the
// sanitizer flags never touch it. The module folders are symbolic links into
// ../Sources. Build and run them with fuzz/run.sh (or `make fuzz`).
let package = Package(
    name: "NonlinFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // Formula text -> parse -> evaluate -> differentiate -> breakpoints -> print and re-parse.
        .executableTarget(name: "FormulaFuzz", dependencies: ["Formula"]),
        // One activation Markdown file -> ContentLoader over a content folder holding it.
        .executableTarget(name: "ContentFuzz", dependencies: ["Content", "Diagnostics"]),

        .target(name: "Diagnostics"),
        .target(name: "Markup"),
        .target(name: "Formula", dependencies: ["Diagnostics", "Markup", .product(name: "RealModule", package: "swift-numerics")]),
        .target(name: "Content", dependencies: ["CCmark", "Diagnostics", "Markup", "Formula", .product(name: "Yams", package: "Yams")]),
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
    ]
)
