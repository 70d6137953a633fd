import AgencyCore

extension ActivityStats {
    /// Emails opened per email delivered, in percent; `0` when none was delivered.
    public var openRate: Double { HelperMath.percentage(emailOpened, of: emailDelivered) }

    /// Emails clicked per email opened, in percent; `0` when none was opened.
    public var clickRate: Double { HelperMath.percentage(emailClicked, of: emailOpened) }

    /// Replies per touch sent on every channel, in percent; `0` when nothing was sent.
    public var replyRate: Double { HelperMath.percentage(totalReplied, of: totalSent) }
}
