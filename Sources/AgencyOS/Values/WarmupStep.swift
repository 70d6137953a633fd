/// One step of a warm-up schedule: from `firstDay` through `lastDay` (open-ended when
/// `nil`), a new sending resource may send at most `dailyLimit` a day.
public struct WarmupStep: Hashable, Sendable {
    /// The first day of the step.
    public let firstDay: Int
    /// The last day of the step; `nil` for the final, open-ended step.
    public let lastDay: Int?
    /// The daily limit during the step.
    public let dailyLimit: Int

    /// Creates a step.
    public init(firstDay: Int, lastDay: Int?, dailyLimit: Int) {
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.dailyLimit = dailyLimit
    }

    /// Whether `day` falls in the step.
    public func contains(day: Int) -> Bool {
        day >= firstDay && (lastDay.map { day <= $0 } ?? true)
    }
}

extension Array where Element == WarmupStep {
    /// The daily limit of the step containing `day`, or `nil` when no step contains it.
    public func dailyLimit(onDay day: Int) -> Int? {
        first { $0.contains(day: day) }?.dailyLimit
    }
}
