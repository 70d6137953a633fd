import Foundation
import Testing
import AgencyCore
import AgencyOS

/// A model built from its required arguments only holds every database default.
@Suite("Database defaults")
struct DefaultsTests {
    static let client = ID<Client>(UUID(uuid: (1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1)))
    static let user = ID<User>(UUID(uuid: (2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1)))
    static let campaign = ID<Campaign>(UUID(uuid: (3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1)))
    static let lead = ID<Lead>(UUID(uuid: (4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1)))
    static let pattern = ID<ConversionPattern>(UUID(uuid: (5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1)))
    static let suggestion = ID<CampaignSuggestion>(UUID(uuid: (6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1)))
    static let later = Instants.now.adding(days: 14)

    /// Every model, built with only its required initialiser arguments.
    static let minimalRows: [String: @Sendable () -> [String]] = [
        "users": { defaultProblems(User(email: "a@b.io")) },
        "clients": { defaultProblems(Client(name: "Acme")) },
        "memberships": { defaultProblems(Membership(userId: user, clientId: client)) },
        "campaigns": { defaultProblems(Campaign(clientId: client, name: "Q1")) },
        "campaign_resources": {
            defaultProblems(CampaignResource(campaignId: campaign, channel: .email, resourceId: "a@b.io", dailyLimit: 40))
        },
        "campaign_sequences": {
            defaultProblems(CampaignSequence(campaignId: campaign, stepNumber: 1, channel: .email, bodyTemplate: "Hi"))
        },
        "lead_pool": { defaultProblems(LeadPool(email: "a@b.io")) },
        "leads": { defaultProblems(Lead(clientId: client, campaignId: campaign, email: "a@b.io")) },
        "lead_social_posts": { defaultProblems(LeadSocialPost(leadId: lead, source: "linkedin")) },
        "global_suppression": { defaultProblems(GlobalSuppression(email: "a@b.io", reason: "bounce")) },
        "client_suppression": { defaultProblems(ClientSuppression(clientId: client, email: "a@b.io", reason: "customer")) },
        "domain_suppression": { defaultProblems(DomainSuppression(domain: "b.io", reason: "competitor")) },
        "activities": {
            defaultProblems(Activity(clientId: client, campaignId: campaign, leadId: lead, channel: .email, action: "sent"))
        },
        "activity_stats": { defaultProblems(ActivityStats(clientId: client, date: LocalDate(daysSinceEpoch: 20_475))) },
        "conversion_patterns": {
            defaultProblems(ConversionPattern(clientId: client, patternType: .who, patterns: [:], sampleSize: 1,
                                              confidence: 0.5, validUntil: later))
        },
        "conversion_pattern_history": {
            defaultProblems(ConversionPatternHistory(clientId: client, patternType: .who, patterns: [:], sampleSize: 1,
                                                     confidence: 0.5, computedAt: Instants.now, validUntil: later))
        },
        "campaign_suggestions": {
            defaultProblems(CampaignSuggestion(clientId: client, suggestionType: .createCampaign, title: "T",
                                               description: "D", recommendedAction: [:], confidence: 0.5,
                                               expiresAt: later))
        },
        "campaign_suggestion_history": {
            defaultProblems(CampaignSuggestionHistory(suggestionId: suggestion, newStatus: .pending))
        },
        "resource_pool": { defaultProblems(ResourcePool(resourceType: .emailDomain, resourceValue: "mail.b.io")) },
        "client_resources": {
            defaultProblems(ClientResource(clientId: client, resourcePoolId: ID<ResourcePool>(UUID(uuid: (7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1)))))
        },
        "client_personas": { defaultProblems(ClientPersona(clientId: client, firstName: "Ada", lastName: "Lovelace")) },
        "client_linkedin_credentials": {
            defaultProblems(LinkedInCredential(clientId: client, linkedinEmailEncrypted: "gAAAA1", linkedinPasswordEncrypted: "gAAAA2"))
        },
        "linkedin_seats": { defaultProblems(LinkedInSeat(clientId: client)) },
        "linkedin_connections": {
            defaultProblems(LinkedInConnection(leadId: ID<LeadPool>(UUID(uuid: (8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1))),
                                               seatId: ID<LinkedInSeat>(UUID(uuid: (9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1)))))
        },
        "client_intelligence": { defaultProblems(ClientIntelligence(clientId: client)) },
        "sdk_usage_log": { defaultProblems(SDKUsageLog(clientId: client, agentType: "email", modelUsed: "claude-sonnet-4")) },
        "digest_logs": { defaultProblems(DigestLog(clientId: client, digestDate: LocalDate(daysSinceEpoch: 20_475))) },
        "icp_refinement_log": {
            defaultProblems(IcpRefinementLog(clientId: client, patternId: pattern, baseCriteria: ICPCriteria(),
                                             refinedCriteria: ICPCriteria(), refinementsApplied: [], confidence: 0.5))
        },
    ]

    /// Where `row` differs from its schema's defaults: a `.value` default must be held
    /// exactly, a store-assigned default must be the unassigned placeholder, and a nullable
    /// column without a default must be `NULL`.
    static func defaultProblems<M: Model>(_ row: M) -> [String] {
        var problems: [String] = []
        for column in M.schema.columns {
            let value = column.value(in: row)
            switch column.description.defaultValue {
            case .value(let expected)?:
                if value != expected { problems.append("\(column.name) = \(value.displayText), default \(expected.displayText)") }
            case let stored? where stored.isStoreAssigned:
                if !value.isUnassignedPlaceholder { problems.append("\(column.name) is not the unassigned placeholder") }
            case .nowPlusDays?, .now?, .randomUUID?, .sequence?:
                break
            case nil:
                if column.description.isNullable && !value.isNull { problems.append("\(column.name) is not NULL") }
            }
        }
        return problems
    }

    @Test("every model of the target has a minimal row here")
    func everyModelCovered() {
        #expect(Set(Self.minimalRows.keys) == Set(Models.tables))
    }

    @Test("a minimal row holds every database default", arguments: Models.tables)
    func minimalRowHoldsDefaults(table: String) throws {
        let build = try #require(Self.minimalRows[table], "no minimal row for \(table)")
        let problems = build()
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test("the helper catches a value that differs from the default")
    func helperDetectsDrift() {
        #expect(Self.defaultProblems(Client(name: "Acme", creditsRemaining: 1)) == ["credits_remaining = 1, default 1250"])
        #expect(Self.defaultProblems(Membership(userId: Self.user, clientId: Self.client, acceptedAt: Instants.now)).count == 1)
        #expect(Self.defaultProblems(Campaign(id: ID(UUID(uuid: (9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))),
                                              clientId: Self.client, name: "Q1")).count == 1)
    }
}
