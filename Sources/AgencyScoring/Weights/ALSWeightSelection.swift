import AgencyCore
import AgencyOS

/// Where the weights of a score came from.
public enum ALSWeightSource: String, Codable, Hashable, Sendable {
    /// ``ALSWeights/defaults`` (no learned weights, or they were invalid).
    case `default`
    /// The client's learned weights (`clients.als_learned_weights`).
    case learned
}

/// The weights a scorer applies, where they came from and — when learned weights were
/// rejected — why.
public struct ALSWeightSelection: Hashable, Sendable {
    /// The weights applied.
    public let weights: ALSWeights
    /// Default or learned.
    public let source: ALSWeightSource
    /// Why the learned weights were rejected, when they were (``source`` is then `.default`).
    public let fallbackReason: ALSWeightsError?

    /// The default weights, chosen because there were no learned ones.
    public static let defaults = ALSWeightSelection(weights: .defaults, source: .default, fallbackReason: nil)

    /// Learned weights that are already validated.
    public static func learned(_ weights: ALSWeights) -> ALSWeightSelection {
        ALSWeightSelection(weights: weights, source: .learned, fallbackReason: nil)
    }

    private init(weights: ALSWeights, source: ALSWeightSource, fallbackReason: ALSWeightsError?) {
        self.weights = weights
        self.source = source
        self.fallbackReason = fallbackReason
    }

    /// Chooses weights from the JSON of `clients.als_learned_weights`.
    ///
    /// `nil`, JSON `null` and `{}` mean "nothing learned" (the reference treats them as
    /// falsy) and give the defaults without a reason. Anything else is validated with
    /// ``ALSWeights/init(json:)``; invalid weights — a missing or unknown key, a weight
    /// outside [0.05, 0.50], a sum other than 1, a value that is not a number — give the
    /// defaults with the rejection as ``fallbackReason``. Never throws.
    public init(learned json: JSONValue?) {
        guard let json, json != .null, json != .emptyObject else {
            self = .defaults
            return
        }
        do {
            self = .learned(try ALSWeights(json: json))
        } catch let error as ALSWeightsError {
            self.init(weights: .defaults, source: .default, fallbackReason: error)
        } catch {
            self.init(weights: .defaults, source: .default, fallbackReason: .notANumber(component: "<root>"))
        }
    }

    /// Chooses weights from a client's `als_learned_weights` (see ``init(learned:)``).
    public init(client: Client) {
        self.init(learned: client.alsLearnedWeights)
    }
}
