"""What is indexed, and how it reaches Pagefind while MkDocs builds."""
