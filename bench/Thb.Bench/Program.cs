using Thb.Bench;

// thb-bench generate OUT.xlsx --rows N [--description-chars C] [--variant N]   a return laid out like the samples, as Excel writes it
// thb-bench phases FILE [--cold|--memory]                        where the check's time goes, step by step, warm (median of 10), or cold
// thb-bench floor-check FILE                                     .NET start + one Open XML SDK SAX pass over every cell
// thb-bench floor-submit FILE --storage CONNECTION               + blob upload + 1 entity per row in batches of 100
//                                                                  + a package-level feedback copy
// thb-bench floor-annex --storage CONNECTION --cycle ID           the annex's floor: query the rows 4 partitions at a time + SpreadCheetah
// thb-bench writers-annex [--contributors N] [--rows M] [--description-chars C] [--runs R]   the annex's writers side by side, warm
return args switch
{
    ["generate", var output, .. var rest] => ReturnGenerator.Run(output, rest),
    ["floor-check", var file] => Floors.Check(file),
    ["phases", var file] => Phases.Run(file),
    ["phases", var file, "--memory"] => Phases.Run(file, memory: true),
    ["phases", var file, "--cold"] => Phases.Run(file, cold: true),
    ["floor-submit", var file, "--storage", var connection] => await Floors.SubmitAsync(file, connection),
    ["floor-annex", "--storage", var connection, "--cycle", var cycle] => await AnnexFloor.RunAsync(connection, cycle),
    ["writers-annex", .. var rest] => await AnnexWriters.RunAsync(Option(rest, "--contributors", 32), Option(rest, "--rows", 500), Option(rest, "--description-chars", 1000), Option(rest, "--runs", 5)),
    _ => Usage(),
};

static int Option(string[] args, string name, int fallback) =>
    Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;

static int Usage()
{
    Console.Error.WriteLine("usage: thb-bench generate OUT.xlsx --rows N [--description-chars C] | floor-check FILE | floor-submit FILE --storage CONNECTION | floor-annex --storage CONNECTION --cycle ID | writers-annex [--contributors N] [--rows M] [--description-chars C] [--runs R]");
    return 2;
}
