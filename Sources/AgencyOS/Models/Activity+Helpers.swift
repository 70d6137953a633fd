import AgencyCore

extension Activity {
    /// Actions that show engagement.
    public static let engagementActions: Set<String> = ["opened", "clicked", "replied"]
    /// Actions that count as a positive signal.
    public static let positiveActions: Set<String> = ["opened", "clicked", "replied", "converted"]
    /// Actions that count as a negative signal.
    public static let negativeActions: Set<String> = ["bounced", "unsubscribed"]

    /// Whether the action is an open, click or reply.
    public var isEngagement: Bool { Self.engagementActions.contains(action) }

    /// Whether the action is an open, click, reply or conversion.
    public var isPositive: Bool { Self.positiveActions.contains(action) }

    /// Whether the action is a bounce or unsubscribe.
    public var isNegative: Bool { Self.negativeActions.contains(action) }
}
