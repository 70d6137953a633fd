import AgencyCore

/// A prospect's scores, exactly the seed's algorithm:
///
/// ```
/// response = (autoresponder ? 50 : 0)
///          + (time < 1 s ? 30 : time < 5 s ? 15 : 0)
///          + (personalized ? 20 : generic ? 10 : 0)
/// automation need = 100 − response;  high priority: need ≥ 70
/// ```
public struct ProspectScore: Hashable, Sendable {
    /// The automation need from which a prospect is high priority.
    public static let highPriorityThreshold = 70

    /// Quality of the current autoresponder, 0–100.
    public let response: Int
    /// `100 − response`.
    public let automationNeed: Int

    /// Scores a test result.
    public init(_ test: AutoresponderTest) {
        var points = test.hasAutoresponder ? 50 : 0
        if let time = test.responseTime {
            if time < .seconds(1) {
                points += 30
            } else if time < .seconds(5) {
                points += 15
            }
        }
        switch test.replyStyle {
        case .personalized: points += 20
        case .generic: points += 10
        case .none: break
        }
        response = points
        automationNeed = 100 - points
    }

    /// Whether the automation need reaches ``highPriorityThreshold``.
    public var isHighPriority: Bool { automationNeed >= Self.highPriorityThreshold }
}

extension ProspectCandidate {
    /// A copy scored by `test`, taken at `time` (`last_tested`).
    public func scored(by test: AutoresponderTest, at time: Timestamp) -> ProspectCandidate {
        let score = ProspectScore(test)
        var copy = self
        copy.responseScore = SQLNumeric(score.response)
        copy.automationNeedScore = SQLNumeric(score.automationNeed)
        copy.lastTested = time
        return copy
    }

    /// Whether the stored automation need reaches the high-priority threshold.
    public var isHighPriority: Bool {
        guard let need = automationNeedScore else { return false }
        return need >= SQLNumeric(ProspectScore.highPriorityThreshold)
    }

    /// The seed's high-priority query: uncontacted prospects with an automation need of at
    /// least 70, highest need first (ties by id), at most `limit`.
    public static func highPriorityUncontacted(limit: Int = 20) -> Query<ProspectCandidate> {
        Query<ProspectCandidate>()
            .where(\.automationNeedScore, .atLeast(SQLNumeric(ProspectScore.highPriorityThreshold)))
            .where(\.contacted, .equals(false))
            .sorted(by: \.automationNeedScore, .descending)
            .limit(limit)
    }
}
