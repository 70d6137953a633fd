import AgencyCore

extension Lead {
    /// First and last name joined by a space, skipping blank parts; `""` when both are blank.
    public var fullName: String { HelperMath.fullName(first: firstName, last: lastName) }

    /// Whether an enrichment source is recorded.
    public var isEnriched: Bool { enrichmentSource != nil }

    /// Whether the lead has what scoring needs: email, first name, last name and company,
    /// none blank.
    public var isScorable: Bool {
        HelperMath.isPresent(email) && HelperMath.isPresent(firstName) && HelperMath.isPresent(lastName)
            && HelperMath.isPresent(company)
    }

    /// Whether outreach may contact the lead: not unsubscribed or bounced, not soft-deleted,
    /// and not on the Do Not Call Register (`dncr_checked` with a positive `dncr_result`).
    public var isContactable: Bool {
        status != .unsubscribed && status != .bounced && !isDeleted && !(dncrChecked && dncrResult == true)
    }

    /// The tier of the current `als_score`, or `nil` when the lead is unscored.
    ///
    /// The reference returns the string `unscored` for a missing score; AgencyKit returns
    /// `nil` so the result stays an ``ALSTier`` (see Documentation/ModelsAndJSON.md). The
    /// stored `als_tier` column is not consulted.
    public var alsTierForScore: ALSTier? { alsScore.map(ALSTier.init(score:)) }
}
