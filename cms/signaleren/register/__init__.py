"""The vragenregister in the admin: the steunpunt role, the register form, evaluation links."""
