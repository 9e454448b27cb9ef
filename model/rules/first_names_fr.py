"""First names common among French elected members that Faker's person providers lack (plain data).

Regional (Breton, Basque, Occitan), Maghrebi, West-African and Vietnamese names
are frequent in attendance lists; Faker's ``fr_FR`` provider has few of them.

Example:
    >>> "yannick" in EXTRA_FIRST_NAMES, "rue" in EXTRA_FIRST_NAMES
    (True, False)
"""

from __future__ import annotations

_NAMES = """
Abdel Abdelaziz Abdelkader Abdellah Abdoulaye Adama Adèle Adrienne Agathe Aïcha Aïssata Alain Alban Albane Aldo
Alexandra Alice Aline Alix Amandine Amaury Ambre Amel Amélie Aminata Anaïs Anatole Ange Angèle Angélique Anh
Anissa Annabelle Annaïg Anne Annick Annie Anouk Antoinette Apolline Arlette Armand Armelle Arnaud Arthur Astrid
Aude Audrey Augustin Aurélie Aurélien Aurore Awa Awen Axel Axelle Aymeric Baptiste Bastien Benoît Bérangère
Bertrand Blandine Boubacar Brahim Brieuc Brigitte Bruno Camille Capucine Carine Carole Caroline Cécile Cédric
Céline Chantal Charlène Charlotte Cheikh Christelle Christiane Christophe Claire Clarisse Claude Claudine Clément
Clémence Coline Coralie Corentin Corinne Cyril Cyrille Damien Danièle Danielle Delphine Denise Didier Djamel
Djamila Dominique Dorian Duc Edwige Élisabeth Élise Éloïse Émeline Émilie Emmanuelle Enguerrand Enora Éric
Erwan Erwann Estelle Étienne Évelyne Fabien Fabienne Fabrice Fanny Farid Farida Fatiha Fatima Fatimata Fatou
Fatoumata Fernand Fernande Flavie Florence Florent Florian Foucauld Francine Francis Franck Frédérique
Gaël Gaëlle Gaëtan Gaétan Gaston Gautier Gauthier Geneviève Georgette Géraldine Gérald Ghislain Ghislaine
Ghyslaine Gildas Ginette Gisèle Goulven Grégoire Grégory Guénaëlle Guillaume Gurvan Gustave Guy Gwen Gwenaël
Gwenaëlle Gwendal Gwendoline Gwenola Gwladys Hakim Hamid Hélène Henriette Hervé Hichem Hoa Hocine Houria
Huguette Huong Ibrahima Inès Irène Isabelle Jacqueline Jacques Jamila Jérémie Jérémy Jérôme Jocelyn Jocelyne
Joëlle Josée Josette Josiane Judith Juliette Justine Kadiatou Kadidia Kamel Karim Karima Karine Katell Kévin
Khadija Killian Klervi Kylian Lætitia Laëtitia Laetitia Lakhdar Lamia Lan Latifa Laure Laurence Léa Leïla Léna
Liliane Linh Lionel Loïc Lou Louise Luc Lucie Lucien Lucienne Ludivine Ludovic Lydie Maddy Madeleine Mado
Magali Maël Maëlle Maëva Maïa Maiwenn Maïwenn Maïté Malik Malika Malo Mamadou Manon Marceline Marcelle
Margaux Marguerite Mariama Marianne Marie-Agnès Marie-Annick Marie-Claude Marie-France Marie-Hélène Marie-Laure
Marie-Line Marie-Noëlle Marie-Odile Marie-Paule Marie-Pierre Marie-Thérèse Marina Marine Marion Marlène
Maryline Maryse Maryvonne Mathéo Mathias Mathieu Mathis Mathilde Mattéo Maud Maxence Mégane Mélanie Mélissa
Mickaël Mikaël Minh Mireille Monique Morgane Mourad Moussa Muriel Murielle Mustapha Myriam Mylène Nabil Nadège
Nadia Nadine Naïma Nassim Nathalie Nelly Nicole Noël Noëlle Nolwenn Nordine Océane Odette Odile Olivia Oumar
Ousmane Pascale Patrice Paulette Paulin Pauline Pierrette Prosper Quentin Rachel Rachid Rachida Raphaëlle
Raymonde Redouane Régine Régis Rémi Rémy Renaud Rodolphe Romane Ronan Rozenn Sabine Sabrina Saïd Salomé
Samia Samira Sandrine Sébastien Ségolène Sékou Séverine Sofiane Soazig Soizic Solange Solène Sonia Souad Stéphane
Sylvain Sylvaine Tanguy Tarek Thi Thibaud Thibault Thibaut Tiphaine Tristan Tugdual Valentine Valérie Véronique
Virginie Wafa Xavier Yacine Yamina Yann Yannick Yannig Yasmina Yoann Yohann Yolande Youenn Yves Yvette Yvon
Yvonne Zineb Zohra
Beñat Gorka Iker Itziar Kattalin Maialen Peio Xabi Ximun Mattin Txomin
Jean-Baptiste Jean-Charles Jean-Claude Jean-François Jean-Jacques Jean-Louis Jean-Luc Jean-Marc Jean-Marie
Jean-Michel Jean-Noël Jean-Paul Jean-Philippe Jean-Pierre Jean-Yves Pierre-Yves Pierre-Louis Pierre-Alain
Paul-Henri Louis-Marie Yves-Marie Marc-Antoine Anne-Marie Anne-Sophie Anne-Laure Anne-Lise Anne-Cécile Rose-Marie
"""

#: Lower-case, hyphenated names given whole; ``known_first_name`` also checks each part.
EXTRA_FIRST_NAMES: frozenset[str] = frozenset(name.lower() for name in _NAMES.split())
