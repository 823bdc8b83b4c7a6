"""The persistent store (an embedded Oxigraph database, one named graph per article) and
uploads to other triple stores."""
