using Thb.Bench;

// thb-bench generate OUT.xlsx --rows N [--description-chars C] [--variant N]   a return laid out like the samples, as Excel writes it
// thb-bench phases FILE                                          where the check's time goes, step by step, warm (median of 10)
// thb-bench floor-check FILE                                     .NET start + one Open XML SDK SAX pass over every cell
// thb-bench floor-submit FILE --storage CONNECTION               + blob upload + 1 entity per row in batches of 100
//                                                                  + a package-level feedback copy
return args switch
{
    ["generate", var output, .. var rest] => ReturnGenerator.Run(output, rest),
    ["floor-check", var file] => Floors.Check(file),
    ["phases", var file] => Phases.Run(file),
    ["phases", var file, "--memory"] => Phases.Run(file, memory: true),
    ["floor-submit", var file, "--storage", var connection] => await Floors.SubmitAsync(file, connection),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: thb-bench generate OUT.xlsx --rows N [--description-chars C] | floor-check FILE | floor-submit FILE --storage CONNECTION");
    return 2;
}
