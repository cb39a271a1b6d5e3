"""The fictional content of the samples, as data: both the PDFs and expected.json are made from it.

Everything (council, people, addresses, phone numbers) is fictional.  Phone numbers use the
Ofcom drama range 01632 960xxx and e-mail addresses use an ``example`` domain.
"""
