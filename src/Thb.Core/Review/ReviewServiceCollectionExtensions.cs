using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Thb.Cycles;
using Thb.Intake;
using Thb.Review.Corrections;

namespace Thb.Review;

public static class ReviewServiceCollectionExtensions
{
    /// <summary>
    /// The Presidency's review: review threads and states, corrections of readings and the rules of the registry, and
    /// the reviewed rows (corrections applied when rows are read). The intake tells the review when a return becomes current.
    /// </summary>
    public static IServiceCollection AddThbReview(this IServiceCollection services)
    {
        services.AddThbCycles();
        services.TryAddSingleton<ReviewStore>();
        services.TryAddSingleton<ReviewService>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICurrentReturnObserver, ReviewService>(sp => sp.GetRequiredService<ReviewService>()));
        services.TryAddSingleton<CorrectionStore>();
        services.TryAddSingleton<CorrectionService>();
        services.TryAddSingleton<ReviewedRows>();
        return services;
    }
}
