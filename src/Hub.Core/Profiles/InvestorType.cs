namespace Hub.Core.Profiles;

public enum InvestorType
{
    BusinessAngel = 1,
    VentureCapital = 2,
    CorporateVenture = 3,
    PublicFund = 4,
    FamilyOffice = 5,
}
