import AgencyCore

/// The Agency OS schema target: every table of the reference system, parents before
/// children, as one ``SchemaTarget`` that stores, migrations and the conformance suite read.
public enum AgencyOSSchema {
    /// The target, named `agency_os` (also the default PostgreSQL schema).
    public static let target = SchemaTarget(name: "agency_os", models: [
        User.self,
        Client.self,
        Membership.self,
        ResourcePool.self,
        ClientResource.self,
        ClientPersona.self,
        Campaign.self,
        CampaignResource.self,
        CampaignSequence.self,
        LeadPool.self,
        Lead.self,
        LeadSocialPost.self,
        GlobalSuppression.self,
        ClientSuppression.self,
        DomainSuppression.self,
        Activity.self,
        ActivityStats.self,
        ConversionPattern.self,
        ConversionPatternHistory.self,
        CampaignSuggestion.self,
        CampaignSuggestionHistory.self,
        IcpRefinementLog.self,
        LinkedInCredential.self,
        LinkedInSeat.self,
        LinkedInConnection.self,
        ClientIntelligence.self,
        SDKUsageLog.self,
        DigestLog.self,
    ])
}
