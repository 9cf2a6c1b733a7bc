namespace Thb.Portal;

public enum PortalRole
{
    Contributor,
    Presidency,
}
