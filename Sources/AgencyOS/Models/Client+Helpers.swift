import AgencyCore

/// Why a credit operation was refused: the amount is negative, or the balance would leave
/// the `credits_remaining` column's `integer` range.
public struct CreditAmountError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The amount asked for.
    public let amount: Int
    /// The balance when it was asked.
    public let balance: Int

    /// Creates the error.
    public init(amount: Int, balance: Int) {
        self.amount = amount
        self.balance = balance
    }

    /// A sentence naming the amount and the balance.
    public var description: String {
        amount < 0
            ? "credit amount \(amount) is negative (balance \(balance))"
            : "adding \(amount) credits to \(balance) exceeds the credits_remaining column's range"
    }
}

extension Client {
    /// Whether the client may run: subscription `active` or `trialing`, and not soft-deleted.
    public var isActive: Bool {
        (subscriptionStatus == .active || subscriptionStatus == .trialing) && !isDeleted
    }

    /// Whether any lead credits are left.
    public var hasCredits: Bool { creditsRemaining > 0 }

    /// Spends `amount` credits when the balance covers it.
    ///
    /// - Returns: `true` and the balance reduced, or `false` and the balance unchanged when
    ///   fewer than `amount` credits are left.
    /// - Throws: ``CreditAmountError`` when `amount` is negative (the reference would add
    ///   credits through a negative spend).
    public mutating func useCredits(_ amount: Int) throws(CreditAmountError) -> Bool {
        guard amount >= 0 else { throw CreditAmountError(amount: amount, balance: creditsRemaining) }
        guard creditsRemaining >= amount else { return false }
        creditsRemaining -= amount
        return true
    }

    /// Adds `amount` credits to the balance.
    ///
    /// - Throws: ``CreditAmountError`` when `amount` is negative or the balance would exceed
    ///   the column's `integer` range.
    public mutating func addCredits(_ amount: Int) throws(CreditAmountError) {
        let error = CreditAmountError(amount: amount, balance: creditsRemaining)
        guard amount >= 0 else { throw error }
        let (sum, overflow) = creditsRemaining.addingReportingOverflow(amount)
        guard !overflow, sum <= Int(Int32.max) else { throw error }
        creditsRemaining = sum
    }

    /// A copy with `amount` credits added.
    ///
    /// - Throws: ``CreditAmountError`` as ``addCredits(_:)``.
    public func addingCredits(_ amount: Int) throws(CreditAmountError) -> Client {
        var copy = self
        try copy.addCredits(amount)
        return copy
    }
}
