/// One `agencykit-bench` subcommand. A subcommand is one file under `Commands/` plus one
/// line in ``BenchCommands/all`` (see `main.swift`).
protocol BenchCommand {
    /// The word typed after `agencykit-bench`.
    static var name: String { get }
    /// One line for `agencykit-bench help`.
    static var summary: String { get }
    /// The options the command accepts, one per line (`--name value  what it does`).
    static var options: [String] { get }
    /// Runs the command with its parsed options.
    static func run(_ options: Options) async throws
}

/// Why the benchmark could not run.
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
