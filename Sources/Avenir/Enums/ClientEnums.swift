import AgencyCore

/// A client's preferred language (CHECK on `clients.language`).
public enum ClientLanguage: String, SchemaEnum {
    /// English, the default.
    case en
    /// French.
    case fr
}

/// The tone of a client's outgoing emails (CHECK on `clients.email_tone`).
public enum EmailTone: String, SchemaEnum {
    /// Warm and casual, the default.
    case friendly = "Friendly"
    /// Business-like.
    case professional = "Professional"
    /// Formal.
    case formal = "Formal"
    /// Upbeat.
    case energetic = "Energetic"
}

/// How fast a client wants new leads followed up (CHECK on `clients.followup_speed`).
public enum FollowUpSpeed: String, SchemaEnum {
    /// Immediately, the default.
    case instant = "Instant"
    /// Within an hour.
    case withinOneHour = "Within 1 hour"
    /// The same day.
    case sameDay = "Same day"
}
