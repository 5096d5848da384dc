// swift-tools-version: 6.1
import Foundation
import PackageDescription

// The architecture, read top to bottom. Arrows point one way:
//   nonlin -> Preview -> Site;  nonlin -> Publish -> Content, ActivationCore, Plot
//   Content -> CCmark, Yams, Formula;  ActivationCore -> Formula, RealModule
//   Formula -> Diagnostics, Markup, RealModule;  Plot -> Markup
// Formula, ActivationCore, Plot, Diagnostics and Markup do no I/O and import no Foundation.
// Code generation for the numeric core. Nonlin is built from source on the machine that runs
// it, so ActivationCore (and its benchmark) is compiled for that machine's CPU, like
// -march=native: AVX-512 → skylake-avx512 (on AMD Zen 4 as fast as znver4, and it asks for no
// more than AVX-512 F/CD/BW/DQ/VL), AVX2 + FMA → haswell, else the compiler's default (SSE2:
// correct, slower). NONLIN_FMA tells the vector kernels that a fused multiply-add is one
// instruction rather than a library call. NONLIN_TARGET_CPU=<cpu> overrides; "none" turns it off.
let coreCPU: String? = {
    if let chosen = ProcessInfo.processInfo.environment["NONLIN_TARGET_CPU"] { return chosen == "none" ? nil : chosen }
    guard let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
          let line = info.split(separator: "\n").first(where: { $0.hasPrefix("flags") }) else { return nil }
    let flags = Set(line.split(separator: " ").map(String.init))
    let haswell: Set = ["avx2", "fma", "bmi1", "bmi2", "f16c", "movbe", "popcnt"]
    guard flags.isSuperset(of: haswell) else { return nil }
    return flags.isSuperset(of: ["avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl"]) ? "skylake-avx512" : "haswell"
}()
let coreSettings: [SwiftSetting] = coreCPU.map { [.unsafeFlags(["-target-cpu", $0]), .define("NONLIN_FMA")] } ?? []

// The memory allocator of the release binary. A build makes and frees millions of small
// objects from two threads at once, and glibc's malloc spends about a tenth of the build's
// CPU time on that; TCMalloc (gperftools' thread-caching allocator, Debian's
// libgoogle-perftools-dev, which `make deps` installs) spends less. Linked when the machine
// has it; without it the binary uses glibc's malloc and is only slower. NONLIN_MALLOC=system
// turns it off.
let tcmalloc: Bool = {
    if ProcessInfo.processInfo.environment["NONLIN_MALLOC"] == "system" { return false }
    return ["/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib", "/usr/local/lib"]
        .contains { FileManager.default.fileExists(atPath: $0 + "/libtcmalloc_minimal.so") }
}()
let allocatorSettings: [LinkerSetting] = tcmalloc ? [.linkedLibrary("tcmalloc_minimal", .when(configuration: .release))] : []

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
            dependencies: ["Formula", .product(name: "RealModule", package: "swift-numerics")],
            swiftSettings: coreSettings
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
            ],
            linkerSettings: allocatorSettings
        ),

        // Throughput of the core over large buffers, for `make bench` (bench/core.py).
        .executableTarget(name: "CoreBenchmark", dependencies: ["ActivationCore", "Plot"], path: "Sources/CoreBenchmark",
                          swiftSettings: coreSettings),

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
