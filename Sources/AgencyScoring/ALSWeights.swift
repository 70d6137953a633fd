import AgencyCore

/// Why a set of learned ALS weights was rejected.
public enum ALSWeightsError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A component has no weight.
    case missingComponent(ALSComponent)
    /// A key is not an ALS component.
    case unknownComponent(String)
    /// A value is not a number.
    case notANumber(component: String)
    /// A weight is outside [0.05, 0.50].
    case outOfBounds(component: ALSComponent, weight: Double)
    /// The weights do not sum to 1 within 1e-9.
    case badSum(Double)

    /// A sentence naming the problem.
    public var description: String {
        switch self {
        case .missingComponent(let component): return "no weight for \(component.rawValue)"
        case .unknownComponent(let key): return "\"\(key)\" is not an ALS component"
        case .notANumber(let key): return "the weight of \(key) is not a number"
        case .outOfBounds(let component, let weight):
            return "weight \(weight) of \(component.rawValue) is outside [\(ALSWeights.minimumWeight), \(ALSWeights.maximumWeight)]"
        case .badSum(let sum): return "weights sum to \(sum), not 1"
        }
    }
}

/// The weights of the five ALS components: fractions in [0.05, 0.50] that sum to 1.
///
/// The scorer applies them to normalised (0–100) components; the CIS optimiser learns them
/// on the same normalised components, so learned weights mean what they say.
public struct ALSWeights: Hashable, Sendable, Codable {
    /// The smallest allowed weight.
    public static let minimumWeight = 0.05
    /// The largest allowed weight.
    public static let maximumWeight = 0.50
    /// How far the sum may be from 1.
    public static let sumTolerance = 1e-9

    /// The reference code's defaults: 0.20 / 0.25 / 0.25 / 0.15 / 0.15.
    public static let defaults = ALSWeights(uncheckedValues: [
        .dataQuality: 0.20, .authority: 0.25, .companyFit: 0.25, .timing: 0.15, .risk: 0.15,
    ])

    /// The weight of each component.
    public let values: [ALSComponent: Double]

    private init(uncheckedValues: [ALSComponent: Double]) { values = uncheckedValues }

    /// Validated weights.
    ///
    /// - Throws: ``ALSWeightsError`` when a component is missing, a weight is outside
    ///   [0.05, 0.50] or the sum is not 1 within 1e-9.
    public init(_ values: [ALSComponent: Double]) throws {
        for component in ALSComponent.allCases {
            guard let weight = values[component] else { throw ALSWeightsError.missingComponent(component) }
            guard weight.isFinite, weight >= Self.minimumWeight - 1e-12, weight <= Self.maximumWeight + 1e-12 else {
                throw ALSWeightsError.outOfBounds(component: component, weight: weight)
            }
        }
        let sum = ALSComponent.allCases.reduce(0.0) { $0 + (values[$1] ?? 0) }
        guard abs(sum - 1) <= Self.sumTolerance else { throw ALSWeightsError.badSum(sum) }
        self.values = values
    }

    /// Validated weights from the JSON of `clients.als_learned_weights`
    /// (`{"data_quality": 0.2, …}`; numbers or numeric strings).
    ///
    /// - Throws: ``ALSWeightsError``.
    public init(json: JSONValue) throws {
        guard let members = json.objectValue else { throw ALSWeightsError.notANumber(component: "<root>") }
        var parsed: [ALSComponent: Double] = [:]
        for (key, value) in members {
            guard let component = ALSComponent(rawValue: key) else { throw ALSWeightsError.unknownComponent(key) }
            if let number = value.doubleValue {
                parsed[component] = number
            } else if let text = value.stringValue, let number = SQLNumeric(text)?.doubleValue {
                parsed[component] = number
            } else {
                throw ALSWeightsError.notANumber(component: key)
            }
        }
        try self.init(parsed)
    }

    /// The weight of `component`.
    public subscript(component: ALSComponent) -> Double { values[component] ?? 0 }

    /// The weights as JSON for `clients.als_learned_weights` / `leads.als_weights_used`.
    public var json: JSONValue {
        .object(Dictionary(uniqueKeysWithValues: ALSComponent.allCases.map { ($0.rawValue, JSONValue.number(SQLNumeric(self[$0]).decimal)) }))
    }

    /// The weights keyed by column-style names, as `leads.als_weights_used` stores them.
    public var dictionary: [String: Double] {
        Dictionary(uniqueKeysWithValues: ALSComponent.allCases.map { ($0.rawValue, self[$0]) })
    }

    /// Encodes as `{"data_quality": 0.2, …}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(dictionary)
    }

    /// Decodes and validates `{"data_quality": 0.2, …}`.
    public init(from decoder: any Decoder) throws {
        try self.init(json: try decoder.singleValueContainer().decode(JSONValue.self))
    }
}
