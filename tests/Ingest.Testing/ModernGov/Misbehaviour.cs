namespace Ingest.Testing.ModernGov;

/// <summary>How the fake site answers a document's requests, as real sites and their firewalls have.</summary>
public enum Misbehaviour
{
    None,

    /// <summary><see cref="FakeDocument.Times"/> answers of 503, then the document.</summary>
    ServiceUnavailable,

    /// <summary><see cref="FakeDocument.Times"/> connections closed without an answer, then the document.</summary>
    DropConnection,

    /// <summary>The first answer comes late (past the client's timeout), then promptly.</summary>
    Slow,

    /// <summary>A 200 firewall challenge page instead of the document, every time.</summary>
    Challenge,

    /// <summary>A 200 HTML error page instead of the document, every time.</summary>
    HtmlError,

    /// <summary>A redirect to itself, for ever.</summary>
    RedirectLoop,

    /// <summary>Marked restricted in the agenda, and 403 if asked for anyway.</summary>
    Restricted,

    /// <summary>503 every time.</summary>
    AlwaysDown,
}
