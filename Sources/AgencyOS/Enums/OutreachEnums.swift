import AgencyCore

/// A campaign's lifecycle state (`campaign_status`).
public enum CampaignStatus: String, SchemaEnum {
    /// Being set up.
    case draft
    /// Sending.
    case active
    /// Stopped for now.
    case paused
    /// Finished.
    case completed
}

/// How a campaign was created (CHECK `valid_campaign_type`).
public enum CampaignType: String, SchemaEnum {
    /// Proposed by the AI campaign suggester.
    case aiSuggested = "ai_suggested"
    /// Built by a person.
    case custom
}

/// A lead's lifecycle state (`lead_status`).
public enum LeadStatus: String, SchemaEnum {
    /// Imported, not processed.
    case new
    /// Enriched with company and person data.
    case enriched
    /// Scored by ALS.
    case scored
    /// Receiving a sequence.
    case inSequence = "in_sequence"
    /// Converted (meeting booked or deal).
    case converted
    /// Asked not to be contacted.
    case unsubscribed
    /// Email bounced.
    case bounced
}

/// An outreach channel (`channel_type`).
public enum ChannelType: String, SchemaEnum {
    /// Email.
    case email
    /// Text message.
    case sms
    /// LinkedIn.
    case linkedin
    /// Phone call.
    case voice
    /// Direct mail.
    case mail
}

/// The classified intent of a reply (`intent_type`).
///
/// The reference database's enum lacks the last three values, which its application
/// writes; AgencyKit's schema allows all ten (see Documentation/ModelsAndJSON.md).
public enum IntentType: String, SchemaEnum {
    /// Asks for a meeting.
    case meetingRequest = "meeting_request"
    /// Shows interest.
    case interested
    /// Asks a question.
    case question
    /// Declines.
    case notInterested = "not_interested"
    /// Asks to be removed.
    case unsubscribe
    /// Away.
    case outOfOffice = "out_of_office"
    /// An automatic reply.
    case autoReply = "auto_reply"
    /// Refers to someone else.
    case referral
    /// Reached the wrong person.
    case wrongPerson = "wrong_person"
    /// Angry or complaining.
    case angryOrComplaint = "angry_or_complaint"
}

/// Why a lead declined (`rejection_reason_type`).
public enum RejectionReason: String, SchemaEnum {
    /// Not the right time.
    case timingNotNow = "timing_not_now"
    /// No budget.
    case budgetConstraints = "budget_constraints"
    /// Uses a competitor.
    case usingCompetitor = "using_competitor"
    /// Cannot decide.
    case notDecisionMaker = "not_decision_maker"
    /// No need.
    case noNeed = "no_need"
    /// Had a bad experience.
    case badExperience = "bad_experience"
    /// Too busy.
    case tooBusy = "too_busy"
    /// Not interested, no reason given.
    case notInterestedGeneric = "not_interested_generic"
    /// Asked never to be contacted.
    case doNotContact = "do_not_contact"
    /// Wrong contact.
    case wrongContact = "wrong_contact"
    /// Company policy forbids it.
    case companyPolicy = "company_policy"
    /// Something else.
    case other
}

/// A platform-pool lead's state (`pool_status`).
public enum PoolStatus: String, SchemaEnum {
    /// Free to assign.
    case available
    /// Assigned to a client.
    case assigned
    /// Converted.
    case converted
    /// Email bounced.
    case bounced
    /// Unsubscribed.
    case unsubscribed
    /// Invalid data.
    case invalid
}

/// How trustworthy a pool lead's email is (`email_status_type`).
public enum EmailStatus: String, SchemaEnum {
    /// Verified deliverable.
    case verified
    /// Guessed from a pattern.
    case guessed
    /// Known undeliverable.
    case invalid
    /// The domain accepts every address.
    case catchAll = "catch_all"
    /// Not checked.
    case unknown
}
