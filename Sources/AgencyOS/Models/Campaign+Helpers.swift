import AgencyCore

extension Campaign {
    /// Whether the campaign sends: status `active` and not soft-deleted.
    public var isActive: Bool { status == .active && !isDeleted }

    /// The sum of the five channel allocations (100 in a valid row).
    public var totalAllocation: Int {
        allocationEmail + allocationSms + allocationLinkedin + allocationVoice + allocationMail
    }

    /// Leads replied per lead contacted, in percent; `0` when nobody was contacted.
    public var replyRate: Double { HelperMath.percentage(leadsReplied, of: leadsContacted) }

    /// Leads converted per lead contacted, in percent; `0` when nobody was contacted.
    public var conversionRate: Double { HelperMath.percentage(leadsConverted, of: leadsContacted) }

    /// The percentage of touches allocated to `channel`.
    public func allocation(for channel: ChannelType) -> Int {
        switch channel {
        case .email: return allocationEmail
        case .sms: return allocationSms
        case .linkedin: return allocationLinkedin
        case .voice: return allocationVoice
        case .mail: return allocationMail
        }
    }
}
