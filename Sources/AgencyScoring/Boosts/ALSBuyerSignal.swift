/// A company's record as a known buyer of agency services (a `platform_buyer_signals` row),
/// supplied by the caller for the lead's domain; it adds up to 15 points after weighting.
public struct ALSBuyerSignal: Codable, Hashable, Sendable {
    /// The most points the buyer boost gives.
    public static let maximumBoost = 15

    /// `buyer_score`, 0–100 (new domain 60, raised on each further purchase).
    public var buyerScore: Int
    /// `times_bought`; `nil` counts as 1.
    public var timesBought: Int?

    /// Creates a signal.
    public init(buyerScore: Int, timesBought: Int? = nil) {
        self.buyerScore = buyerScore
        self.timesBought = timesBought
    }

    /// The boost: ⌊buyer_score × 0.15⌋ capped at 15, computed exactly (the SQL multiplies an
    /// integer by a NUMERIC); 0 or less means no boost.
    public var boost: Int {
        guard buyerScore > 0 else { return 0 }
        return min(buyerScore * 15 / 100, Self.maximumBoost)
    }

    /// The reason shown with the boost: "Repeat agency buyer (Nx)" from 3 purchases,
    /// "Has bought agency services before (2x)" for 2, else "Known agency services buyer".
    public var reason: String {
        let times = timesBought ?? 1
        if times >= 3 { return "Repeat agency buyer (\(times)x)" }
        if times == 2 { return "Has bought agency services before (2x)" }
        return "Known agency services buyer"
    }

    enum CodingKeys: String, CodingKey {
        case buyerScore = "buyer_score"
        case timesBought = "times_bought"
    }
}
