/// The command line of a demo executable: `--seed N`, `--csv PATH`, `--persist PATH`,
/// `--store URL`, `--help`, each accepted only where the executable offers it.
///
/// Shared by `agencykit-demo` and the PostgreSQL package's `agencykit-postgres-demo`, so both
/// read their options the same way and refuse the same mistakes.
public struct DemoArguments: Sendable, Equatable {
    /// An option a demo executable can offer.
    public enum Option: String, Sendable, CaseIterable {
        /// `--seed N`: the seed of the store's ids and of the simulated outreach.
        case seed = "--seed"
        /// `--csv PATH`: a lead CSV instead of the bundled one.
        case csv = "--csv"
        /// `--persist PATH`: a snapshot file for the in-memory store.
        case persist = "--persist"
        /// `--store URL`: the database to run on.
        case store = "--store"
    }

    /// The seed (default 42).
    public var seed: UInt64 = 42
    /// The lead CSV's path, if given.
    public var csvPath: String?
    /// The snapshot file's path, if given.
    public var persistPath: String?
    /// The store URL, if given.
    public var storeURL: String?
    /// Whether `--help` or `-h` was given.
    public var wantsHelp = false

    /// Reads `arguments` (without the executable's name), accepting only `options`.
    ///
    /// - Throws: ``DemoArgumentError`` for an unknown option, a missing value or a seed that
    ///   is not a non-negative integer.
    public init(parsing arguments: [String], options: Set<Option>) throws(DemoArgumentError) {
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            if argument == "--help" || argument == "-h" {
                wantsHelp = true
                continue
            }
            guard let option = Option(rawValue: argument), options.contains(option) else {
                throw .unknownOption(argument)
            }
            guard let value = remaining.popFirst() else { throw .missingValue(option.rawValue) }
            switch option {
            case .seed:
                guard let number = UInt64(value) else { throw .invalidSeed(value) }
                seed = number
            case .csv: csvPath = value
            case .persist: persistPath = value
            case .store: storeURL = value
            }
        }
    }
}

/// Why a demo's command line cannot be followed.
public enum DemoArgumentError: Error, Sendable, Equatable, CustomStringConvertible {
    /// An option the executable does not offer.
    case unknownOption(String)
    /// An option given without its value.
    case missingValue(String)
    /// A seed that is not a non-negative integer.
    case invalidSeed(String)

    /// A sentence naming the problem.
    public var description: String {
        switch self {
        case .unknownOption(let option): return "unknown option \(option)"
        case .missingValue(let option): return "\(option) needs a value"
        case .invalidSeed(let text): return "--seed needs a non-negative integer, not \(text)"
        }
    }
}
