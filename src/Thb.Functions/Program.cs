using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using Thb;
using Thb.Functions;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<HttpEdgeMiddleware>();
// The same registrations as the thb CLI and the tests: app settings arrive as configuration (ThbStorage, THB_*).
builder.Services.AddThbCore(builder.Configuration);
builder.Services.AddThbTelemetry();
builder.Build().Run();
