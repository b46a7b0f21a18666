namespace Ingest.Dataset.Linking;

/// <summary>One name a catalogue key is known by (its title or an alias), with the key's unit and polarity.</summary>
public sealed record CatalogueName(string Key, PrintedIndicator Printed);
