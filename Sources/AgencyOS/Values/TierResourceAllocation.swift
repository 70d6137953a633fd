import AgencyCore

/// The sending resources a subscription tier includes (the reference's `TIER_ALLOCATIONS`,
/// `MAILBOXES_PER_DOMAIN` and `PERSONA_ALLOCATIONS`).
public struct TierResourceAllocation: Hashable, Sendable {
    /// Sending domains.
    public let emailDomains: Int
    /// Phone numbers.
    public let phoneNumbers: Int
    /// LinkedIn seats.
    public let linkedinSeats: Int
    /// Sender personas.
    public let personas: Int

    /// Creates an allocation.
    public init(emailDomains: Int, phoneNumbers: Int, linkedinSeats: Int, personas: Int) {
        self.emailDomains = emailDomains
        self.phoneNumbers = phoneNumbers
        self.linkedinSeats = linkedinSeats
        self.personas = personas
    }

    /// Mailboxes created on each sending domain.
    public static let mailboxesPerDomain = 2

    /// Ignition: 3 domains, 1 number, 4 seats, 2 personas.
    public static let ignition = TierResourceAllocation(emailDomains: 3, phoneNumbers: 1, linkedinSeats: 4, personas: 2)
    /// Velocity: 5 domains, 2 numbers, 7 seats, 3 personas.
    public static let velocity = TierResourceAllocation(emailDomains: 5, phoneNumbers: 2, linkedinSeats: 7, personas: 3)
    /// Dominance: 9 domains, 3 numbers, 14 seats, 4 personas.
    public static let dominance = TierResourceAllocation(emailDomains: 9, phoneNumbers: 3, linkedinSeats: 14, personas: 4)

    /// The allocation of `tier`.
    public init(tier: TierType) {
        switch tier {
        case .ignition: self = .ignition
        case .velocity: self = .velocity
        case .dominance: self = .dominance
        }
    }

    /// How many resources of `type` the tier includes.
    public func count(of type: ResourceType) -> Int {
        switch type {
        case .emailDomain: return emailDomains
        case .phoneNumber: return phoneNumbers
        case .linkedinSeat: return linkedinSeats
        }
    }

    /// Mailboxes across the tier's domains (6, 10 and 18).
    public var mailboxes: Int { emailDomains * Self.mailboxesPerDomain }

    /// Connection requests a day once every seat is warmed (80, 140 and 280).
    public var linkedinConnectionsPerDay: Int { linkedinSeats * LinkedInSeat.fullDailyLimit }
}
