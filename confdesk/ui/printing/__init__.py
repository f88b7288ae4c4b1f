"""The print screen: badges and certificates to PDF and printer."""
