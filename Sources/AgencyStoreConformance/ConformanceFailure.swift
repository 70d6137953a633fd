import AgencyCore
import AgencyStore

/// A broken expectation of the store contract: which case, what was expected, what the
/// store did. Cases fail by throwing it, so both Swift Testing and XCTest report it.
public struct ConformanceFailure: Error, Hashable, Sendable, CustomStringConvertible {
    /// The case's identifier.
    public let caseID: String
    /// What the case checked.
    public let expectation: String
    /// The expected outcome.
    public let expected: String
    /// What the store produced.
    public let actual: String

    /// Creates a failure.
    public init(caseID: String, expectation: String, expected: String, actual: String) {
        self.caseID = caseID
        self.expectation = expectation
        self.expected = expected
        self.actual = actual
    }

    /// `[case] expectation — expected …, got …`.
    public var description: String {
        "[\(caseID)] \(expectation)\n    expected: \(expected)\n    actual:   \(actual)"
    }
}

/// The fixture could not be built for a model: its schema has a rule no synthesized value
/// satisfies. This is a schema or suite problem, not a store failure.
public struct FixtureError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The table.
    public let table: String
    /// What went wrong.
    public let detail: String

    /// A sentence naming the table and the problem.
    public var description: String { "cannot build a fixture row for \(table): \(detail)" }
}
