// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Treffpunkt",
    products: [
        .executable(name: "treffpunkt", targets: ["treffpunkt"]),
        .library(name: "Treffpunkt", targets: ["Treffpunkt"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-uc",
            providers: [.apt(["libicu-dev", "pkg-config"])]
        ),
        .target(
            name: "ICUBridge",
            dependencies: ["CICU"],
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),
        .target(
            name: "Treffpunkt",
            dependencies: ["ICUBridge"]
        ),
        .executableTarget(
            name: "treffpunkt",
            dependencies: [
                "Treffpunkt",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "treffpunkt-bench",
            dependencies: [
                "Treffpunkt",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Benchmarks/Sources/treffpunkt-bench"
        ),
        .testTarget(
            name: "TreffpunktTests",
            dependencies: ["Treffpunkt"],
            exclude: ["Time/expressions.tsv", "Relations/Probes"]  // a table and articles the tests read by path
        ),
    ]
)
