"""Site-wide protections: the content security policy, sign-in lockout and upload checks."""
