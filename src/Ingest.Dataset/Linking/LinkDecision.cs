using static System.FormattableString;

namespace Ingest.Dataset.Linking;

/// <summary>
/// The linker's view of a printed name: the most likely catalogue key, how sure, and the evidence a
/// reviewer needs (the pair's features).
/// </summary>
public sealed record LinkDecision(string Key, string MatchedName, float Probability, PairFeatures Evidence, string? RunnerUp, float RunnerUpProbability)
{
    public string Describe()
    {
        var numbers = Evidence.NumberConflict > 0 ? "differ" : "agree";
        var unit = Evidence.UnitConflict > 0 ? "differs" : Evidence.UnitAgree > 0 ? "agrees" : "unknown";
        var continuity = Evidence.SharedPeriods > 0 ? Invariant($"{Evidence.Continuity:0.00} over {Evidence.SharedPeriods:0} periods") : "none";
        var next = RunnerUp is null ? "" : Invariant($"; next {RunnerUp} p={RunnerUpProbability:0.00}");
        return Invariant($"linker p={Probability:0.00} vs \"{MatchedName}\": char {Evidence.CharCosine:0.00}, word {Evidence.WordCosine:0.00}, ") +
               $"numbers {numbers}, unit {unit}, continuity {continuity}{next}";
    }
}
