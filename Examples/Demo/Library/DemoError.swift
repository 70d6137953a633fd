import AgencyKit

/// Why the demo stopped.
public enum DemoError: Error, Sendable, CustomStringConvertible {
    /// The store already holds the demo's tenant (a persisted store from an earlier run).
    case alreadyRun(client: String)
    /// A step found the store in a state the story does not expect.
    case unexpected(String)

    /// A sentence naming the problem.
    public var description: String {
        switch self {
        case .alreadyRun(let client):
            return "the store already holds the demo tenant \"\(client)\"; run the demo on an empty store "
                + "(with --persist, a new file)"
        case .unexpected(let message):
            return "unexpected: \(message)"
        }
    }
}
