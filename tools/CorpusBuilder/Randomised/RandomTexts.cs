using CorpusBuilder.Derivation;
using Ingest.Core.Observations;

namespace CorpusBuilder.Randomised;

/// <summary>Invented commentary, owners and keys, written with plenty of fi, fl, ff and ffi words.</summary>
internal static class RandomTexts
{
    public static string Commentary(SeededRandom random, Direction dot) => dot switch
    {
        Direction.Improving => random.Pick([
            "Staff verified more claims after the office moved to the new profile system.",
            "The efficient new traffic desk cleared the backlog; affordable options were offered first.",
            "Fewer difficult cases this quarter and the staffing shortfall has been filled.",
        ]),
        Direction.Declining => random.Pick([
            "Staff shortages in the office affected performance; a recovery plan is in effect.",
            "Difficulties filling specialist posts slowed verification; overflow staff are being trained.",
            "Higher demand than forecast; the efficiency programme will offset this by the final quarter.",
        ]),
        _ => random.Pick([
            "Performance is steady; the office is verifying its figures for the final return.",
            "No significant change; staff continue to follow the affordable housing profile.",
        ]),
    };

    public static string Owner(string section) => section switch
    {
        "Housing and Benefits" => "Head of Benefits and Affordable Housing",
        "Finance and Efficiency" => "Chief Finance Officer",
        "Traffic and Highways" => "Head of Traffic and Highways",
        "Staff and Workforce" => "Head of Staff Development",
        "Customer Services" => "Head of Customer Services",
        _ => "Director of Adults and Children's Services",
    };

    public const string RagKey = "RAG: Green = on or better than target; Amber = within 5% of target; Red = more than 5% off target.";
}
