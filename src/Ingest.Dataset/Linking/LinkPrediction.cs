namespace Ingest.Dataset.Linking;

/// <summary>The model's output for one pair.</summary>
public sealed class LinkPrediction
{
    public bool PredictedLabel { get; set; }
    public float Probability { get; set; }
    public float Score { get; set; }
}
