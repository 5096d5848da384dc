// swift-tools-version: 6.1
import PackageDescription

// The architecture, read top to bottom. Arrows point one way:
//   nonlin -> Preview -> Site;  nonlin -> Publish -> Content, ActivationCore, Plot
//   Content -> CCmark, Yams, Formula;  ActivationCore -> Formula, RealModule
//   Formula -> Diagnostics, Markup, RealModule;  Plot -> Markup
// Formula, ActivationCore, Plot, Diagnostics and Markup do no I/O and import no Foundation.
let package = Package(
    name: "Nonlin",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "nonlin", targets: ["nonlin"]),
        .library(name: "ActivationCore", targets: ["ActivationCore"]),
        .library(name: "Formula", targets: ["Formula"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        // Public, pure modules.
        .target(name: "Diagnostics"),
        .target(name: "Markup"),
        .target(
            name: "Formula",
            dependencies: ["Diagnostics", "Markup", .product(name: "RealModule", package: "swift-numerics")]
        ),
        .target(
            name: "ActivationCore",
            dependencies: ["Formula", .product(name: "RealModule", package: "swift-numerics")]
        ),
        .target(name: "Plot", dependencies: ["Markup"]),

        // Reading content, building the site, previewing it.
        .target(
            name: "Content",
            dependencies: ["CCmark", "Diagnostics", "Markup", "Formula", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "Site",
            dependencies: [
                "Content", "ActivationCore", "Plot", "Formula", "Diagnostics", "Markup",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "Preview",
            dependencies: ["Site", "Diagnostics", .product(name: "Hummingbird", package: "hummingbird")]
        ),
        .target(name: "Publish"),
        .executableTarget(
            name: "nonlin",
            dependencies: [
                "Site", "Preview", "Publish", "Content", "ActivationCore", "Formula", "Diagnostics",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Throughput of the core over large buffers, for `make bench` (bench/core.py).
        .executableTarget(name: "CoreBenchmark", dependencies: ["ActivationCore", "Plot"], path: "Sources/CoreBenchmark"),

        // Implementation details.
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        .target(name: "TestSupport", dependencies: ["Diagnostics"], path: "Tests/TestSupport"),

        // One test target per module, plus end-to-end tests of the binary.
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics", "TestSupport"]),
        .testTarget(name: "MarkupTests", dependencies: ["Markup"]),
        .testTarget(name: "FormulaTests", dependencies: ["Formula", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "ActivationCoreTests", dependencies: ["ActivationCore", "Formula", "TestSupport"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "PlotTests", dependencies: ["Plot", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ContentTests", dependencies: ["Content", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "SiteTests", dependencies: ["Site", "Content", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "PreviewTests", dependencies: ["Preview", "TestSupport"]),
        .testTarget(name: "PublishTests", dependencies: ["Publish", "TestSupport"]),
        .testTarget(name: "NonlinTests", dependencies: ["TestSupport"], resources: [.copy("Fixtures")]),
    ]
)
